{{%AUTOESCAPE context="HTML"}}
{{!
  Status page body (404, 403, 500 ...). Values: STATUS, HEADING, MESSAGE, BACK_URL, HOME_URL.
}}
<section class="status-page" aria-labelledby="status-heading">
<p class="status-code">{{STATUS}}</p>
<h1 id="status-heading">{{HEADING}}</h1>
<p class="status-message">{{MESSAGE}}</p>
<p class="actions">
<a class="btn btn-secondary" href="{{BACK_URL}}">返回</a>
<a class="btn btn-primary" href="{{HOME_URL}}">返回首页</a>
</p>
</section>
