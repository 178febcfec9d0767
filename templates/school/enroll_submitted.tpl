{{%AUTOESCAPE context="HTML"}}
{{!
  The read-only values of one submitted enrollment (投保数据 for seq 1, 上传管理 for every seq), filled
  by enroll_submitted_fill. Values: DECLARED_COUNT, COMPANY, ROSTER_URL, INSURED_KIND. Sections: MODIFYING
  (an application is pending); MODIFY_LINK (LABEL, AVAILABLE with URL, or UNAVAILABLE with NOTE).
}}
<dl class="facts">
<div class="fact"><dt>参保人数</dt><dd><strong class="num">{{DECLARED_COUNT}}</strong> 人</dd></div>
<div class="fact"><dt>投保公司</dt><dd>{{COMPANY}}</dd></div>
<div class="fact"><dt>{{INSURED_KIND}}花名册</dt><dd><a href="{{ROSTER_URL}}">下载</a></dd></div>
</dl>
<p class="card-actions">{{#MODIFYING}}<span class="badge badge-warn">修改中</span> {{/MODIFYING}}{{#MODIFY_LINK}}{{#AVAILABLE}}<a class="btn btn-secondary" href="{{URL}}">{{LABEL}}</a>{{/AVAILABLE}}{{#UNAVAILABLE}}<span class="btn btn-off" title="{{NOTE}}" aria-disabled="true">申请修改<span class="tag-off">未开放</span><span class="visually-hidden">（{{NOTE}}）</span></span>{{/UNAVAILABLE}}{{/MODIFY_LINK}}</p>
