{{%AUTOESCAPE context="HTML"}}
{{!
  School 系统首页. Values: ACCOUNT_NAME, YEAR_LABEL, ENROLL_DEADLINE, POLICY_SUMMARY.
  Sections: NO_YEAR; DEADLINE_EXTENDED (EXTENDED_TO, the school's extension); DEADLINE_PASSED (after the
  school's own last day), else COUNTDOWN (DAYS left, 1 or more) or DUE_TODAY (the last day itself);
  PRODUCTS > PRODUCT repeated (NAME, BADGE_CLASS, BADGE_TEXT: status of the year's first enrollment);
  ENROLL_LINK and POLICY_LINK (each AVAILABLE > URL / UNAVAILABLE > NOTE);
  CENTER (SUBORDINATE_COUNT, CENTER_URL) only for a center school.
}}
<h1 class="page-title">系统首页</h1>
<dl class="facts">
<div class="fact"><dt>账户名称</dt><dd>{{ACCOUNT_NAME}}</dd></div>
<div class="fact"><dt>当前学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong>{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年</span>{{/NO_YEAR}}</dd></div>
</dl>
{{>ANNOUNCEMENTS}}
<section class="panel" aria-labelledby="upload-heading">
<h2 id="upload-heading" class="section-title">保险数据上传</h2>
<div class="cards">
<article class="card card-enroll" aria-labelledby="card-enroll-title">
<h3 id="card-enroll-title" class="card-title">投保数据</h3>
<p class="card-text"{{#NO_YEAR}} hidden{{/NO_YEAR}}>{{ENROLL_DEADLINE}}前，填写投保信息并上传投保《花名册》。</p>
{{#DEADLINE_EXTENDED}}<p class="card-text">管理中心已将本校投保数据截止日期延至 <strong>{{EXTENDED_TO}}</strong>。</p>{{/DEADLINE_EXTENDED}}
{{#DEADLINE_PASSED}}<p class="card-warning">本学年投保截止日期已过，如需修改请提交申请。</p>{{/DEADLINE_PASSED}}
{{#COUNTDOWN}}<p class="countdown">距截止还有 <strong>{{DAYS}}</strong> 天</p>{{/COUNTDOWN}}
{{#DUE_TODAY}}<p class="countdown countdown-today"><strong>今天截止</strong></p>{{/DUE_TODAY}}
{{#PRODUCTS}}<ul class="status-list" aria-label="本学年各险种投保状态">
{{#PRODUCT}}<li><span class="status-name">{{NAME}}</span> <span class="{{BADGE_CLASS}}">{{BADGE_TEXT}}</span></li>
{{/PRODUCT}}</ul>{{/PRODUCTS}}
<p class="card-actions">{{#ENROLL_LINK}}{{#AVAILABLE}}<a class="btn btn-primary" href="{{URL}}">前往操作</a>{{/AVAILABLE}}{{#UNAVAILABLE}}<span class="btn btn-off" title="{{NOTE}}" aria-disabled="true">前往操作<span class="tag-off">未开放</span><span class="visually-hidden">（{{NOTE}}）</span></span>{{/UNAVAILABLE}}{{/ENROLL_LINK}}</p>
</article>
<article class="card card-policy" aria-labelledby="card-policy-title">
<h3 id="card-policy-title" class="card-title">承保数据</h3>
<p class="card-text">{{POLICY_SUMMARY}}</p>
<p class="card-actions">{{#POLICY_LINK}}{{#AVAILABLE}}<a class="btn btn-secondary" href="{{URL}}">查看</a>{{/AVAILABLE}}{{#UNAVAILABLE}}<span class="btn btn-off" title="{{NOTE}}" aria-disabled="true">查看<span class="tag-off">未开放</span><span class="visually-hidden">（{{NOTE}}）</span></span>{{/UNAVAILABLE}}{{/POLICY_LINK}}</p>
</article>
{{#CENTER}}
<article class="card card-center" aria-labelledby="card-center-title">
<h3 id="card-center-title" class="card-title">中心校</h3>
<p class="card-text">所辖学校 <strong class="num">{{SUBORDINATE_COUNT}}</strong> 所</p>
<p class="card-actions"><a class="btn btn-secondary" href="{{CENTER_URL}}">查看所辖学校</a></p>
</article>
{{/CENTER}}
</div>
</section>
