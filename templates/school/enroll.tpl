{{%AUTOESCAPE context="HTML"}}
{{!
  投保数据 of a school (current year, first enrollment of each product). Values: REGION, SCHOOL_NAME,
  YEAR_LABEL, CSRF (global). Sections: NO_YEAR; PRODUCT repeated (PRODUCT_ID, PRODUCT_NAME, INSURED_KIND) with
  one of SUBMITTED (DECLARED_COUNT, COMPANY, ROSTER_URL, INSURED_KIND, MODIFYING, MODIFY_LINK > AVAILABLE URL LABEL /
  UNAVAILABLE NOTE), CLOSED (LAST_DAY), or the include UPLOAD_FORM (school/enroll_form.tpl).
}}
<h1 class="page-title">上传投保数据</h1>
<p class="breadcrumb">当前位置：首页 &gt; 投保数据</p>
<dl class="facts">
<div class="fact"><dt>区域</dt><dd>{{REGION}}</dd></div>
<div class="fact"><dt>学校名称</dt><dd>{{SCHOOL_NAME}}</dd></div>
<div class="fact"><dt>当前学年</dt><dd>{{YEAR_LABEL}}{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年，暂不能提交投保数据。</span>{{/NO_YEAR}}</dd></div>
</dl>
{{#PRODUCT}}
<section class="panel enroll-product" aria-labelledby="product-{{PRODUCT_ID}}">
<h2 id="product-{{PRODUCT_ID}}" class="section-title">{{PRODUCT_NAME}}：</h2>
{{#SUBMITTED}}
<dl class="facts">
<div class="fact"><dt>参保人数</dt><dd><strong class="num">{{DECLARED_COUNT}}</strong> 人</dd></div>
<div class="fact"><dt>投保公司</dt><dd>{{COMPANY}}</dd></div>
<div class="fact"><dt>{{INSURED_KIND}}花名册</dt><dd><a href="{{ROSTER_URL}}">下载</a></dd></div>
</dl>
<p class="card-actions">{{#MODIFYING}}<span class="badge badge-warn">修改中</span> {{/MODIFYING}}{{#MODIFY_LINK}}{{#AVAILABLE}}<a class="btn btn-secondary" href="{{URL}}">{{LABEL}}</a>{{/AVAILABLE}}{{#UNAVAILABLE}}<span class="btn btn-off" title="{{NOTE}}" aria-disabled="true">申请修改<span class="tag-off">未开放</span><span class="visually-hidden">（{{NOTE}}）</span></span>{{/UNAVAILABLE}}{{/MODIFY_LINK}}</p>
{{/SUBMITTED}}
{{#CLOSED}}
<p class="card-warning">本学年投保截止日期已过（{{LAST_DAY}}），如需修改请提交申请。</p>
{{/CLOSED}}
{{>UPLOAD_FORM}}
</section>
{{/PRODUCT}}
